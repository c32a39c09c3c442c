/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_CONTAINER_OF_H
#define BS_LINUX_CONTAINER_OF_H

#define offsetof(type, member) __builtin_offsetof(type, member)

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

#endif
