//! Bounds-checked access to guest linear memory. Every guest pointer goes through here: an
//! out-of-range pointer or length gives `EFAULT`, never a host access or a panic.

use super::errno::Errno;

/// A view of the calling instance's linear memory (empty when it has none).
pub struct GuestMem<'a> {
    data: &'a mut [u8],
}

/// The result of a WASI call: success, or an errno for the guest.
pub type WasiResult<T> = Result<T, Errno>;

impl<'a> GuestMem<'a> {
    /// Wraps the memory bytes.
    pub fn new(data: &'a mut [u8]) -> Self {
        GuestMem { data }
    }

    fn range(&self, ptr: u32, len: u32) -> WasiResult<std::ops::Range<usize>> {
        let start = ptr as usize;
        let end = start.checked_add(len as usize).ok_or(Errno::Fault)?;
        if end > self.data.len() {
            return Err(Errno::Fault);
        }
        Ok(start..end)
    }

    /// `len` bytes at `ptr`.
    pub fn slice(&self, ptr: u32, len: u32) -> WasiResult<&[u8]> {
        let r = self.range(ptr, len)?;
        Ok(&self.data[r])
    }

    /// `len` writable bytes at `ptr`.
    pub fn slice_mut(&mut self, ptr: u32, len: u32) -> WasiResult<&mut [u8]> {
        let r = self.range(ptr, len)?;
        Ok(&mut self.data[r])
    }

    /// Copies `bytes` to `ptr`.
    pub fn write_bytes(&mut self, ptr: u32, bytes: &[u8]) -> WasiResult<()> {
        let len = u32::try_from(bytes.len()).map_err(|_| Errno::Fault)?;
        self.slice_mut(ptr, len)?.copy_from_slice(bytes);
        Ok(())
    }

    /// Reads a little-endian `u8`.
    pub fn read_u8(&self, ptr: u32) -> WasiResult<u8> {
        Ok(self.slice(ptr, 1)?[0])
    }

    /// Reads a little-endian `u16`.
    pub fn read_u16(&self, ptr: u32) -> WasiResult<u16> {
        Ok(u16::from_le_bytes(self.slice(ptr, 2)?.try_into().unwrap_or_default()))
    }

    /// Reads a little-endian `u32`.
    pub fn read_u32(&self, ptr: u32) -> WasiResult<u32> {
        Ok(u32::from_le_bytes(self.slice(ptr, 4)?.try_into().unwrap_or_default()))
    }

    /// Reads a little-endian `u64`.
    pub fn read_u64(&self, ptr: u32) -> WasiResult<u64> {
        Ok(u64::from_le_bytes(self.slice(ptr, 8)?.try_into().unwrap_or_default()))
    }

    /// Writes a `u8`.
    pub fn write_u8(&mut self, ptr: u32, v: u8) -> WasiResult<()> {
        self.write_bytes(ptr, &[v])
    }

    /// Writes a little-endian `u32`.
    pub fn write_u32(&mut self, ptr: u32, v: u32) -> WasiResult<()> {
        self.write_bytes(ptr, &v.to_le_bytes())
    }

    /// Writes a little-endian `u64`.
    pub fn write_u64(&mut self, ptr: u32, v: u64) -> WasiResult<()> {
        self.write_bytes(ptr, &v.to_le_bytes())
    }

    /// A guest string (`ptr`, `len`) as UTF-8; `EILSEQ` if it is not.
    pub fn read_str(&self, ptr: u32, len: u32) -> WasiResult<String> {
        let bytes = self.slice(ptr, len)?;
        std::str::from_utf8(bytes).map(str::to_owned).map_err(|_| Errno::Ilseq)
    }

    /// Checks an `iovec`/`ciovec` array (`buf: u32, buf_len: u32`, 8 bytes each): the array and
    /// every buffer must lie inside memory (`EFAULT` otherwise). Allocates nothing, whatever the
    /// count; the buffers are then visited with [`Iovecs::get`].
    pub fn iovecs(&self, iovs: u32, count: u32) -> WasiResult<Iovecs> {
        let total = count.checked_mul(8).ok_or(Errno::Fault)?;
        self.range(iovs, total)?;
        let list = Iovecs { at: iovs, count };
        for i in 0..count {
            let (buf, len) = list.get(self, i);
            self.range(buf, len)?;
        }
        Ok(list)
    }
}

/// An `iovec` array already checked by [`GuestMem::iovecs`] (array and buffers in bounds).
#[derive(Debug, Clone, Copy)]
pub struct Iovecs {
    at: u32,
    count: u32,
}

impl Iovecs {
    /// Number of buffers.
    pub fn len(&self) -> u32 {
        self.count
    }

    /// Buffer `i` as (`buf`, `buf_len`). `i < len()`, and the memory must be the one the array
    /// was checked against (memory never shrinks, so it still covers it).
    pub fn get(&self, mem: &GuestMem<'_>, i: u32) -> (u32, u32) {
        // In bounds: `iovecs` checked `at + count * 8 <= len` and `i < count`.
        let p = self.at as usize + i as usize * 8;
        let word = |o: usize| u32::from_le_bytes([mem.data[o], mem.data[o + 1], mem.data[o + 2], mem.data[o + 3]]);
        (word(p), word(p + 4))
    }
}
