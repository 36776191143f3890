//! Sockets: `sock_accept`, `sock_recv`, `sock_send`, `sock_shutdown`. No socket is ever granted
//! (there is no way to preopen one), so these fail: `EBADF` for a closed descriptor, `ENOTSUP`
//! for any open one.

use super::ctx::WasiState;
use super::errno::Errno;
use super::mem::WasiResult;

/// The answer to every socket call on `fd`.
pub fn unsupported(state: &mut WasiState, fd: u32) -> WasiResult<()> {
    state.get(fd)?;
    Err(Errno::Notsup)
}
