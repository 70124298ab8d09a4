package org.amparo.store.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id from the passphrase to the vault's master key (Bouncy Castle). */
public final class KeyDerivation {
    public static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyDerivation() {
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    public static VaultKey derive(char[] passphrase, byte[] salt, KdfParameters p) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] secret = utf8(passphrase);
        byte[] key = new byte[32];
        try {
            generator.generateBytes(secret, key);
            return new VaultKey(key);
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Chooses iterations so that unlocking takes about {@code targetMillis} on this machine (never fewer
     * than the minimum): one timed run at the minimum, scaled.
     */
    public static KdfParameters tune(long targetMillis) {
        KdfParameters base = KdfParameters.MINIMUM;
        byte[] salt = newSalt();
        derive("warm-up".toCharArray(), salt, base).destroy();
        long start = System.nanoTime();
        derive("timing".toCharArray(), salt, base).destroy();
        long tookMillis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        int iterations = (int) Math.round(base.iterations() * (double) targetMillis / tookMillis);
        return new KdfParameters(base.memoryKiB(), Math.max(KdfParameters.MIN_ITERATIONS, Math.min(iterations, 60)),
                base.parallelism());
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = Arrays.copyOfRange(buf.array(), buf.position(), buf.limit());
        Arrays.fill(buf.array(), (byte) 0);
        return out;
    }
}
