/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_DELAY_H
#define BS_LINUX_DELAY_H

extern void udelay(unsigned long usecs);
extern void usleep_range(unsigned long min, unsigned long max);
extern void msleep(unsigned int msecs);
extern void fsleep(unsigned long usecs);

#endif
