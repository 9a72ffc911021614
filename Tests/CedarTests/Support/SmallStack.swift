import Foundation
import Synchronization

/// The stack a secondary thread gets on macOS, and each of Swift concurrency's cooperative threads there:
/// what Warden's enforcement code, running in tasks, has to live with.
let smallStackSize = 512 * 1024

/// Runs `body` on a new thread with a `smallStackSize` stack and returns its result. A stack overflow in
/// `body` crashes the test process, so a test passes only if `body` fits.
func onSmallStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let outcome = ThreadOutcome<T>()
    let finished = DispatchSemaphore(value: 0)
    let thread = Thread {
        let result = body()
        outcome.value.withLock { $0 = result }
        finished.signal()
    }
    thread.stackSize = smallStackSize
    thread.start()
    finished.wait()
    return outcome.value.withLock { $0! }
}

/// What a thread's body returned, handed back to the thread that waited for it.
private final class ThreadOutcome<T: Sendable>: Sendable {
    let value = Mutex<T?>(nil)
}
