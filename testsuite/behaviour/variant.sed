# Remove the unbind guard of mali_csf_ioctl_group_create() (mali_csf_drv.c): the
# `if (!drm_dev_enter(ddev, &idx)) return -ENODEV;` at its top and its drm_dev_exit() (the only
# ones indented by one tab). Used by the behaviour tests' variant build and the static check
# of the variant; driver/ itself is never changed.
/^\tif (!drm_dev_enter(ddev, &idx))$/,/^\t\treturn -ENODEV;$/d
/^\tdrm_dev_exit(idx);$/d
