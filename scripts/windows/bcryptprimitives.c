/* A stand-in for Windows' bcryptprimitives.dll under Debian's Wine 8.0, which lacks
 * ProcessPrng. Rust's standard library (since 1.78) takes its random numbers from ProcessPrng,
 * so without this no Rust program for Windows starts under that Wine. Real Windows 10/11 have
 * the real DLL; this file is only built into the Wine prefix of scripts/test-windows.sh.
 * ProcessPrng fills the buffer from advapi32's SystemFunction036 (RtlGenRandom), in chunks
 * because that takes a ULONG length. Like the real one it never fails. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
