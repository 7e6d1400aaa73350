//! Standard output read by a program that may stop early (`marsad check | head`): a closed
//! pipe ends the output normally rather than as an error.

use std::io;

/// `Ok(true)` when written, `Ok(false)` when the reader has gone (the pipe is closed), and the
/// error otherwise.
pub fn written(result: io::Result<()>) -> io::Result<bool> {
    match result {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e),
    }
}
