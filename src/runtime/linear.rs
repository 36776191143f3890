//! The bytes of one linear memory. On Unix the memory's whole growth range is reserved up front
//! as an inaccessible anonymous mapping and committed page range by page range with `mprotect`
//! as it grows, so untouched pages cost no RAM and the base address never moves. Elsewhere a
//! `Vec<u8>` grown with `try_reserve` stands in.
//!
//! Mapping and unmapping a multi-gigabyte reservation is most of what a short-lived instance
//! costs (a store per request: the kernel walks and frees the range's page tables), so dropped
//! mappings go to a small process-wide pool instead, and a new memory with the same
//! reservation takes one from there. The pool starts once the process has made a second
//! mapping: a process that runs one instance (the CLI) unmaps its memory when it is done. A
//! small memory is zeroed when it is taken from the pool, not when it is dropped: a process
//! that ends after its last store never pays for zeroing, nor for the pages it would touch.

#[cfg(unix)]
pub(crate) use mapped::LinearMemory;
#[cfg(not(unix))]
pub(crate) use vec::LinearMemory;

#[cfg(unix)]
mod mapped {
    use rustix::mm::{MapFlags, MprotectFlags, ProtFlags, mmap_anonymous, mprotect, munmap};
    use std::ffi::c_void;
    use std::ptr::NonNull;
    use std::sync::Mutex;

    /// An anonymous private mapping of `reserved` bytes whose first `committed` are readable
    /// and writable; the rest is `PROT_NONE`. The memory is the first `len` bytes.
    /// Invariants: `len <= committed <= reserved`; the bytes in `[len, committed)` are zero
    /// (committed beyond `len` only by a previous user of a pooled mapping, which zeroed them);
    /// when `reserved > 0`, `ptr` is the start of a mapping of `reserved` bytes this value
    /// alone owns. In the pool, `[0, len)` holds the previous user's bytes, zeroed by
    /// `take_pooled` (`len` is at most `ZERO_BY_WRITING`: larger memories are emptied on drop).
    pub(crate) struct LinearMemory {
        ptr: NonNull<u8>,
        len: usize,
        committed: usize,
        reserved: usize,
    }

    /// Mappings of dropped memories, zeroed, kept for reuse (see the module doc).
    static POOL: Mutex<Vec<LinearMemory>> = Mutex::new(Vec::new());

    /// How many dropped mappings the pool keeps; more are unmapped.
    const POOL_CAPACITY: usize = 16;

    /// Fresh mappings made so far (not counting reuse from the pool). Dropped memories are
    /// pooled only from the second on: until then nothing suggests that another memory will
    /// follow, and keeping the first would only hold its pages until the process exits.
    static MAPPINGS_MADE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    /// Up to this many bytes a pooled memory is zeroed by writing zeros when it is reused (its
    /// pages stay resident: the next user takes no page faults); above it the pages are given
    /// back to the kernel when the memory is dropped, and it zero-fills them on the next
    /// touch. Measured on a per-request instantiation (a store, a one-page memory, a data
    /// segment): writing 64 KiB of zeros costs about what `MADV_DONTNEED` plus the next user's
    /// page fault cost, and less on a quiet machine; for larger memories giving pages back
    /// wins. Elsewhere than Linux `MADV_DONTNEED` does not promise zeros, so larger memories
    /// are unmapped instead.
    #[cfg(any(target_os = "linux", target_os = "android"))]
    const ZERO_BY_WRITING: usize = 128 << 10;
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    const ZERO_BY_WRITING: usize = 256 << 10;

    /// A pooled mapping of exactly `reserve` bytes, if the pool has one, zeroed and empty.
    fn take_pooled(reserve: usize) -> Option<LinearMemory> {
        let mut mem = {
            let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
            let i = pool.iter().position(|m| m.reserved == reserve)?;
            pool.swap_remove(i)
        };
        // The zeroing the drop left to the next user (`release`).
        mem.as_mut_slice().fill(0);
        mem.len = 0;
        Some(mem)
    }

    // SAFETY: the mapping is owned exclusively by this value (like a `Vec`'s buffer): nothing
    // else holds the pointer beyond a borrow of `self`, so moving or sharing it across threads
    // is as safe as for `Vec<u8>`.
    unsafe impl Send for LinearMemory {}
    // SAFETY: as above; `&LinearMemory` only gives out `&[u8]`.
    unsafe impl Sync for LinearMemory {}

    impl LinearMemory {
        /// Reserves `reserve` bytes and makes the first `len` accessible; `None` if the
        /// system refuses either (or `len > reserve`).
        pub fn new(len: usize, reserve: usize) -> Option<LinearMemory> {
            if len > reserve {
                return None;
            }
            if reserve == 0 {
                return Some(LinearMemory { ptr: NonNull::dangling(), len: 0, committed: 0, reserved: 0 });
            }
            if let Some(mut mem) = take_pooled(reserve) {
                // On failure `mem` drops here (back to the pool or unmapped).
                return mem.grow_to(len).then_some(mem);
            }
            // SAFETY: a fresh mapping at an address the kernel chooses (null hint, no
            // MAP_FIXED): it cannot overlap or alter any existing memory.
            let ptr =
                unsafe { mmap_anonymous(std::ptr::null_mut(), reserve, ProtFlags::empty(), MapFlags::PRIVATE) }.ok()?;
            MAPPINGS_MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let mut mem =
                LinearMemory { ptr: NonNull::new(ptr.cast::<u8>())?, len: 0, committed: 0, reserved: reserve };
            // On failure `mem` drops here and unmaps the reservation.
            mem.grow_to(len).then_some(mem)
        }

        /// Makes the first `new_len` bytes accessible (`new_len >= len`, a multiple of the
        /// Wasm page size); fresh pages read as zero. `false` (unchanged) if `new_len` exceeds
        /// the reservation or the system refuses to commit the pages.
        pub fn grow_to(&mut self, new_len: usize) -> bool {
            if new_len > self.reserved || new_len < self.len {
                return false;
            }
            if new_len <= self.committed {
                // Already read/write and zero (the invariant on `[len, committed)`).
                self.len = new_len;
                return true;
            }
            // SAFETY: `[committed, new_len)` lies inside our own reservation
            // (`new_len <= reserved`) and is currently PROT_NONE, so no reference into it
            // exists; making it read/write changes no byte another value can observe.
            // `committed` is a multiple of 64 KiB, hence of the host page size, as mprotect
            // requires (else it fails with EINVAL and we report failure).
            let ok = unsafe {
                let start = self.ptr.as_ptr().add(self.committed).cast::<c_void>();
                mprotect(start, new_len - self.committed, MprotectFlags::READ | MprotectFlags::WRITE).is_ok()
            };
            if ok {
                self.len = new_len;
                self.committed = new_len;
            }
            ok
        }

        /// Prepares a dropped memory for the pool, keeping its pages committed: a small one
        /// as it is (`take_pooled` zeroes it), a larger one emptied (`len` 0) by giving its
        /// pages back. `false` if that could not be done (the mapping must then not be reused).
        pub(super) fn release(&mut self) -> bool {
            if self.len <= ZERO_BY_WRITING {
                // Zeroed by the next user, if any.
                return true;
            }
            #[cfg(any(target_os = "linux", target_os = "android"))]
            {
                // SAFETY: `[ptr, ptr + len)` is committed memory of our own mapping and
                // `&mut self` excludes any reference into it. MADV_DONTNEED on a private
                // anonymous mapping drops the pages; the next access reads zeros.
                let advised = unsafe {
                    rustix::mm::madvise(self.ptr.as_ptr().cast(), self.len, rustix::mm::Advice::LinuxDontNeed)
                };
                if advised.is_err() {
                    return false;
                }
                self.len = 0;
                true
            }
            // Elsewhere MADV_DONTNEED does not promise zeros; such memories are unmapped.
            #[cfg(not(any(target_os = "linux", target_os = "android")))]
            false
        }

        /// Accessible bytes.
        pub fn len(&self) -> usize {
            self.len
        }

        /// Base address; stays the same for the memory's whole life (also across growth).
        pub fn as_mut_ptr(&mut self) -> *mut u8 {
            self.ptr.as_ptr()
        }

        pub fn as_slice(&self) -> &[u8] {
            // SAFETY: the first `len` bytes of the mapping are read/write and initialized
            // (anonymous pages are zero-filled); `ptr` is non-null and aligned for u8 (dangling
            // only when `len == 0`). The borrow of `self` keeps the mapping alive and excludes
            // growth, and only `&mut self` hands out mutable access.
            unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
        }

        pub fn as_mut_slice(&mut self) -> &mut [u8] {
            // SAFETY: as in `as_slice`; `&mut self` makes this the only live reference.
            unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
        }
    }

    impl Drop for LinearMemory {
        fn drop(&mut self) {
            let pooling = MAPPINGS_MADE.load(std::sync::atomic::Ordering::Relaxed) > 1;
            if self.reserved > 0 && pooling && self.release() {
                let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
                if pool.len() < POOL_CAPACITY {
                    // The mapping moves into the pool; this value gives up ownership.
                    pool.push(LinearMemory {
                        ptr: self.ptr,
                        len: self.len,
                        committed: self.committed,
                        reserved: self.reserved,
                    });
                    self.reserved = 0;
                    return;
                }
            }
            if self.reserved > 0 {
                // SAFETY: `ptr`/`reserved` describe exactly the mapping we created and own; no
                // borrow of it can outlive `self`. A failure (impossible for a valid range)
                // would only leak address space.
                let _ = unsafe { munmap(self.ptr.as_ptr().cast::<c_void>(), self.reserved) };
            }
        }
    }

    impl std::fmt::Debug for LinearMemory {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("LinearMemory")
                .field("len", &self.len)
                .field("committed", &self.committed)
                .field("reserved", &self.reserved)
                .finish()
        }
    }
}

#[cfg(not(unix))]
mod vec {
    /// Portable storage: a zero-filled `Vec` that grows (and may move) on demand.
    #[derive(Debug)]
    pub(crate) struct LinearMemory {
        data: Vec<u8>,
        reserved: usize,
    }

    impl LinearMemory {
        pub fn new(len: usize, reserve: usize) -> Option<LinearMemory> {
            let mut mem = LinearMemory { data: Vec::new(), reserved: reserve };
            mem.grow_to(len).then_some(mem)
        }

        pub fn grow_to(&mut self, new_len: usize) -> bool {
            if new_len > self.reserved || new_len < self.data.len() {
                return false;
            }
            if self.data.try_reserve_exact(new_len - self.data.len()).is_err() {
                return false;
            }
            self.data.resize(new_len, 0);
            true
        }

        pub fn len(&self) -> usize {
            self.data.len()
        }

        pub fn as_mut_ptr(&mut self) -> *mut u8 {
            self.data.as_mut_ptr()
        }

        pub fn as_slice(&self) -> &[u8] {
            &self.data
        }

        pub fn as_mut_slice(&mut self) -> &mut [u8] {
            &mut self.data
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LinearMemory;

    const PAGE: usize = 65536;

    #[test]
    fn grown_pages_are_zero_and_writable_up_to_the_exact_end() {
        let mut m = LinearMemory::new(PAGE, 4 * PAGE).unwrap();
        let base = m.as_mut_ptr();
        m.as_mut_slice()[PAGE - 1] = 7;
        assert!(m.grow_to(3 * PAGE));
        assert_eq!(m.len(), 3 * PAGE);
        #[cfg(unix)]
        assert_eq!(m.as_mut_ptr(), base, "the base must not move");
        let _ = base;
        let s = m.as_mut_slice();
        assert_eq!(s[PAGE - 1], 7);
        assert!(s[PAGE..].iter().all(|&b| b == 0));
        s[3 * PAGE - 1] = 9;
        assert_eq!(m.as_slice()[3 * PAGE - 1], 9);
    }

    #[test]
    fn growth_stops_at_the_reservation_and_failure_changes_nothing() {
        let mut m = LinearMemory::new(0, 2 * PAGE).unwrap();
        assert_eq!(m.len(), 0);
        assert!(!m.grow_to(3 * PAGE));
        assert_eq!(m.len(), 0);
        assert!(m.grow_to(2 * PAGE));
        m.as_mut_slice()[2 * PAGE - 1] = 1;
        assert!(!m.grow_to(2 * PAGE + PAGE));
        assert_eq!(m.len(), 2 * PAGE);
        assert!(LinearMemory::new(2 * PAGE, PAGE).is_none());
    }

    #[test]
    fn an_empty_reservation_gives_an_empty_memory() {
        let mut m = LinearMemory::new(0, 0).unwrap();
        assert!(m.as_slice().is_empty());
        assert!(!m.grow_to(PAGE));
    }

    /// Fills a memory of `pages` pages (reservation `reserve` bytes, unique to the calling
    /// test so no other test takes its pooled mapping), drops it, and checks that the memories
    /// made next with the same reservation read all zeros, also where the previous user had
    /// committed more than the new memory's size.
    fn check_reuse_reads_zero(pages: usize, reserve: usize) {
        for round in 0..3 {
            let mut m = LinearMemory::new(PAGE, reserve).unwrap();
            assert!(m.as_slice().iter().all(|&b| b == 0), "round {round}: reused memory not zeroed");
            assert!(m.grow_to(pages * PAGE));
            assert!(m.as_slice().iter().all(|&b| b == 0), "round {round}: grown part not zeroed");
            m.as_mut_slice().fill(0xA5);
            // Drops into the pool (or is unmapped when the pool is full): either way the next
            // memory must read zeros.
        }
    }

    #[test]
    fn a_reused_small_memory_reads_zero() {
        check_reuse_reads_zero(3, 7 * PAGE);
    }

    #[cfg(unix)]
    #[test]
    fn a_small_memory_is_zeroed_when_reused_not_when_dropped() {
        // What a drop does before pooling: a small memory keeps its bytes and length (the
        // next user zeroes them, `take_pooled`; tests/memory_pool.rs checks that in a process
        // of its own, since this one's pool is shared by every test); a large one is emptied.
        let mut m = LinearMemory::new(2 * PAGE, 11 * PAGE).unwrap();
        m.as_mut_slice().fill(0x5A);
        assert!(m.release());
        assert_eq!(m.len(), 2 * PAGE, "the drop keeps the length for the next user to zero");
        assert!(m.as_slice().iter().all(|&b| b == 0x5A), "the drop wrote no zeros");
        #[cfg(any(target_os = "linux", target_os = "android"))]
        {
            let mut big = LinearMemory::new(40 * PAGE, 41 * PAGE).unwrap();
            big.as_mut_slice().fill(0x5A);
            assert!(big.release());
            assert_eq!(big.len(), 0, "a large memory is emptied on drop");
            assert!(big.grow_to(40 * PAGE));
            assert!(big.as_slice().iter().all(|&b| b == 0), "its pages were given back");
        }
    }

    #[test]
    fn a_reused_large_memory_reads_zero() {
        // Above the write-zeroing threshold: zeroed by giving the pages back (Linux) or unmapped.
        check_reuse_reads_zero(40, 97 * PAGE);
    }

    #[cfg(unix)]
    #[test]
    fn an_impossible_reservation_fails_cleanly() {
        // More than any 64-bit address space offers: mmap refuses, and we report `None`.
        assert!(LinearMemory::new(0, usize::MAX & !(PAGE - 1)).is_none());
    }

    #[cfg(target_pointer_width = "64")]
    #[test]
    fn many_memories_each_reserving_4_gib_coexist_and_unmap_on_drop() {
        // 64 live 4 GiB reservations at once: they must cost address space only.
        let mut mems: Vec<LinearMemory> =
            (0..64).map(|_| LinearMemory::new(PAGE, 1 << 32).expect("reserve 4 GiB")).collect();
        for (i, m) in mems.iter_mut().enumerate() {
            m.as_mut_slice()[PAGE - 1] = i as u8;
        }
        for (i, m) in mems.iter().enumerate() {
            assert_eq!(m.as_slice()[PAGE - 1], i as u8);
        }
        drop(mems);
        // 40000 reservations in turn exceed the 128 TiB user address space of x86-64 and
        // aarch64 (32768 x 4 GiB): this only passes if dropping a memory unmaps it.
        for _ in 0..40_000 {
            let mut m = LinearMemory::new(PAGE, 1 << 32).expect("reserve 4 GiB after many drops");
            m.as_mut_slice()[PAGE - 1] = 1;
        }
    }
}
