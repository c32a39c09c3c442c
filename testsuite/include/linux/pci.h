/* SPDX-License-Identifier: MIT */
#ifndef BS_LINUX_PCI_H
#define BS_LINUX_PCI_H

#include <linux/device.h>
#include <linux/io.h>
#include <linux/module.h>

struct pci_device_id {
	u32 vendor, device;
	u32 subvendor, subdevice;
	unsigned long driver_data;
};

struct pci_dev {
	struct device dev;
	unsigned short vendor;
	unsigned short device;
	unsigned int irq;
};

struct pci_driver {
	const char *name;
	const struct pci_device_id *id_table;
	int (*probe)(struct pci_dev *dev, const struct pci_device_id *id);
	void (*remove)(struct pci_dev *dev);
	int (*suspend)(struct pci_dev *dev, int state);
	int (*resume)(struct pci_dev *dev);
	void (*shutdown)(struct pci_dev *dev);
	struct device_driver driver;
};

static inline void *pci_get_drvdata(struct pci_dev *pdev)
{
	return dev_get_drvdata(&pdev->dev);
}

static inline void pci_set_drvdata(struct pci_dev *pdev, void *data)
{
	dev_set_drvdata(&pdev->dev, data);
}

extern int pcim_enable_device(struct pci_dev *pdev);
extern void __iomem *pcim_iomap(struct pci_dev *pdev, int bar, unsigned long maxlen);
extern void __iomem *pci_iomap(struct pci_dev *pdev, int bar, unsigned long maxlen);
extern void pci_iounmap(struct pci_dev *pdev, void __iomem *addr);
extern int __pci_register_driver(struct pci_driver *drv, struct module *owner,
				 const char *mod_name);

#define pci_register_driver(drv) __pci_register_driver(drv, THIS_MODULE, "boundscope")

#endif
