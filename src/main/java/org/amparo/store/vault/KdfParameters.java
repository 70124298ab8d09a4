package org.amparo.store.vault;

/** Argon2id cost settings, chosen when a vault is created and kept in its header. */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {
    public static final int MIN_MEMORY_KIB = 64 * 1024;
    public static final int MIN_ITERATIONS = 3;

    /** The cheapest settings a vault may have: used by tests, and the start point of tuning. */
    public static final KdfParameters MINIMUM = new KdfParameters(MIN_MEMORY_KIB, MIN_ITERATIONS, 2);

    public KdfParameters {
        if (memoryKiB < MIN_MEMORY_KIB || iterations < MIN_ITERATIONS || parallelism < 1) {
            throw new IllegalArgumentException("key derivation settings below the minimum");
        }
    }
}
