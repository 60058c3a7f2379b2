#include <cblas.h>
/* OpenBLAS extension, not in the CBLAS standard: sets the size of its thread pool. */
void openblas_set_num_threads(int num_threads);
