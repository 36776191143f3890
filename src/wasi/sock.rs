//! Sockets: `sock_accept`, `sock_recv`, `sock_send`, `sock_shutdown`. No socket is ever granted
//! (there is no way to preopen or create one), so every descriptor a guest holds is not a
//! socket: these fail with `EBADF` for a closed descriptor and `ENOTSOCK` for an open one, as
//! the POSIX calls do on a file.

use super::ctx::WasiState;
use super::errno::Errno;
use super::mem::WasiResult;

/// The answer to every socket call on `fd`.
pub fn not_a_socket(state: &mut WasiState, fd: u32) -> WasiResult<()> {
    state.get(fd)?;
    Err(Errno::Notsock)
}
