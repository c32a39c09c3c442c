/* SPDX-License-Identifier: MIT */
#ifndef BS_MEDIA_CEC_H
#define BS_MEDIA_CEC_H

#include <linux/types.h>

struct cec_adapter;
struct cec_msg;
struct device;

struct cec_adap_ops {
	int (*adap_enable)(struct cec_adapter *adap, bool enable);
	int (*adap_monitor_all_enable)(struct cec_adapter *adap, bool enable);
	int (*adap_log_addr)(struct cec_adapter *adap, u8 logical_addr);
	int (*adap_transmit)(struct cec_adapter *adap, u8 attempts, u32 signal_free_time,
			     struct cec_msg *msg);
	void (*adap_free)(struct cec_adapter *adap);
	int (*received)(struct cec_adapter *adap, struct cec_msg *msg);
};

struct cec_adapter {
	const struct cec_adap_ops *ops;
	void *priv;
};

static inline void *cec_get_drvdata(const struct cec_adapter *adap)
{
	return adap->priv;
}

extern struct cec_adapter *cec_allocate_adapter(const struct cec_adap_ops *ops, void *priv,
						const char *name, u32 caps, u8 available_las);
extern int cec_register_adapter(struct cec_adapter *adap, struct device *parent);
extern void cec_unregister_adapter(struct cec_adapter *adap);

#endif
