// Pins pci_driver callbacks as bound scope: .probe, .remove and .shutdown touch BAR registers
// without a guard and are silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>
#include <linux/pci.h>
#include <linux/slab.h>

struct foo_device {
	void __iomem *mmio;
};

static int foo_pci_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct foo_device *fdev;
	int ret;

	ret = pcim_enable_device(pdev);
	if (ret)
		return ret;
	fdev = devm_kzalloc(&pdev->dev, sizeof(*fdev), GFP_KERNEL);
	if (!fdev)
		return -ENOMEM;
	fdev->mmio = pcim_iomap(pdev, 0, 0);
	if (!fdev->mmio)
		return -ENOMEM;
	iowrite32(1, fdev->mmio + 0x10);
	pci_set_drvdata(pdev, fdev);
	return 0;
}

static void foo_pci_remove(struct pci_dev *pdev)
{
	struct foo_device *fdev = pci_get_drvdata(pdev);

	iowrite32(0, fdev->mmio + 0x10);
}

static void foo_pci_shutdown(struct pci_dev *pdev)
{
	struct foo_device *fdev = pci_get_drvdata(pdev);

	writel(0, fdev->mmio + 0x14);
}

static const struct pci_device_id foo_pci_ids[] = {
	{ .vendor = 0x1234, .device = 0x5678 },
	{ 0 }
};

static struct pci_driver foo_pci_driver = {
	.name = "foo",
	.id_table = foo_pci_ids,
	.probe = foo_pci_probe,
	.remove = foo_pci_remove,
	.shutdown = foo_pci_shutdown,
};

int foo_pci_init(void)
{
	return pci_register_driver(&foo_pci_driver);
}
