/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_MM_H
#define BS_LINUX_MM_H

#include <linux/types.h>

typedef unsigned int vm_fault_t;

#define VM_FAULT_OOM		0x000001
#define VM_FAULT_SIGBUS		0x000002
#define VM_FAULT_NOPAGE		0x000100

struct vm_operations_struct;

struct vm_area_struct {
	unsigned long vm_start;
	unsigned long vm_end;
	unsigned long vm_pgoff;
	const struct vm_operations_struct *vm_ops;
	void *vm_private_data;
};

struct vm_fault {
	struct vm_area_struct *vma;
	pgoff_t pgoff;
	unsigned long address;
};

struct vm_operations_struct {
	void (*open)(struct vm_area_struct *area);
	void (*close)(struct vm_area_struct *area);
	vm_fault_t (*fault)(struct vm_fault *vmf);
	vm_fault_t (*page_mkwrite)(struct vm_fault *vmf);
	int (*access)(struct vm_area_struct *vma, unsigned long addr, void *buf, int len,
		      int write);
};

extern vm_fault_t vmf_insert_pfn(struct vm_area_struct *vma, unsigned long addr,
				 unsigned long pfn);

#endif
