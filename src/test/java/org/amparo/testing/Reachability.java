package org.amparo.testing;

import java.lang.ref.WeakReference;

/** Whether an object the test let go of can be collected: nothing the app keeps still reaches it. */
public final class Reachability {
    private Reachability() {
    }

    /** Asks for a collection up to twenty times; true once the referent is gone. */
    public static boolean collected(WeakReference<?> ref) {
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            System.runFinalization();
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ref.get() == null;
            }
        }
        return ref.get() == null;
    }
}
