/*
 * Linked instead of notls.c when the tools are linked statically (the
 * default; make SHARED=1 links notls.c). The tools never talk to a
 * network, but libgit2's transports pull in its TLS and authentication
 * libraries. Two are replaced here:
 *
 * - The CA-bundle parser, as notls.c explains, through the linker's
 *   --wrap (a definition of the function itself would clash with the
 *   archive's): the bundle is not read, and TLS, if it were ever used,
 *   would fail closed.
 * - GSSAPI (Kerberos "Negotiate" authentication over HTTP), for which
 *   Debian ships no static library: each call fails with GSS_S_FAILURE,
 *   so that authentication method is never available.
 */
#include <stdint.h>

int __wrap_mbedtls_x509_crt_parse_file(void *chain, const char *path);

int
__wrap_mbedtls_x509_crt_parse_file(void *chain, const char *path)
{
	(void)chain;
	(void)path;
	return 0;
}

#define GSS_S_FAILURE (13u << 16)

void *GSS_C_NT_HOSTBASED_SERVICE;

#define FAIL(name) \
	uint32_t name(void); \
	uint32_t name(void) { return GSS_S_FAILURE; }

FAIL(gss_delete_sec_context)
FAIL(gss_display_status)
FAIL(gss_import_name)
FAIL(gss_indicate_mechs)
FAIL(gss_init_sec_context)
FAIL(gss_release_buffer)
FAIL(gss_release_name)
FAIL(gss_release_oid_set)
