/* Defined in another file of the driver. */
void foo_other_teardown(void *fdev);
