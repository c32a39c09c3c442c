// Pins the kernel-like test headers themselves (no plugin needed): each compiles on its own
// (self-contained) and all together, as gnu11, warning-free with -Wall -Wextra -Wsystem-headers.
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include drm/drm_device.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include drm/drm_drv.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include drm/drm_file.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include drm/drm_gem.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include drm/drm_gpuvm.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include drm/drm_ioctl.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include drm/gpu_scheduler.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/bitfield.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/bug.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/compiler.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/compiler_types.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/component.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/container_of.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/delay.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/device.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/dma-fence.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/err.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/errno.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/fs.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/hrtimer.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/interrupt.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/io.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/iopoll.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/kernel.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/kthread.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/mm.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/module.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/mutex.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/pci.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/platform_device.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/pm.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/pm_runtime.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/slab.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/timer.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/types.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror -DBS_ONE -include linux/workqueue.h %s
// RUN: %clang -fsyntax-only -std=gnu11 -nostdinc -isystem %kinc -Wall -Wextra -Wsystem-headers -Werror %s

#ifndef BS_ONE
#include <drm/drm_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>
#include <drm/drm_gem.h>
#include <drm/drm_gpuvm.h>
#include <drm/drm_ioctl.h>
#include <drm/gpu_scheduler.h>
#include <linux/bitfield.h>
#include <linux/bug.h>
#include <linux/compiler.h>
#include <linux/compiler_types.h>
#include <linux/component.h>
#include <linux/container_of.h>
#include <linux/delay.h>
#include <linux/device.h>
#include <linux/dma-fence.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/iopoll.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/pci.h>
#include <linux/platform_device.h>
#include <linux/pm.h>
#include <linux/pm_runtime.h>
#include <linux/slab.h>
#include <linux/timer.h>
#include <linux/types.h>
#include <linux/workqueue.h>
#endif

int bs_headers_anchor;
