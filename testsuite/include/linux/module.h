/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_MODULE_H
#define BS_LINUX_MODULE_H

struct module;

#define THIS_MODULE ((struct module *)0)

#endif
