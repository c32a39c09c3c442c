/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_ERRNO_H
#define BS_LINUX_ERRNO_H

#define EPERM		1
#define ENOENT		2
#define EIO		5
#define ENOMEM		12
#define EBUSY		16
#define ENODEV		19
#define EINVAL		22
#define ETIMEDOUT	110

#endif
