/* A file of a module with nothing the whole-driver rules judge: no MMIO, no guard, no
 * registration, no call out of the file (like kbuild's scripts/mod/empty.c or a vDSO object). */
static int quiet_square(int x)
{
	return x * x;
}

int quiet_sum_squares(int a, int b)
{
	return quiet_square(a) + quiet_square(b);
}
