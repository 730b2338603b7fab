package org.policyindicators.io.hostile;

import java.util.Random;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * A {@link FuzzedDataProvider} that draws from a seeded {@link Random} instead of fuzzer input,
 * so that the generators written for fuzzing ({@link FuzzedPlans}) also serve randomized tests
 * with a fixed seed. Strings favour the characters where JSON, UTF-8 and regular expression
 * engines disagree most: white space of every kind, controls, surrogate pairs, quotes and
 * backslashes. The input never runs out.
 *
 * <p>Not thread-safe.
 */
final class RandomDataProvider implements FuzzedDataProvider {

    /** Characters that are white space to some engines and not to others, and JSON's specials. */
    private static final char[] TRICKY = {
        ' ', '\t', '\n', '\r', '\u000b', '\u000c', '\u001c', '\u001f', '\u0085', '\u00a0', '\u1680',
        '\u2000', '\u2007', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
        '\u0000', '"', '\\', '/', '\u007f', '\ufffd', '\uffff',
    };

    private final Random random;

    /**
     * Creates a provider.
     *
     * @param seed the seed; the same seed gives the same values
     */
    RandomDataProvider(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public boolean consumeBoolean() {
        return random.nextBoolean();
    }

    @Override
    public boolean[] consumeBooleans(int maxLength) {
        boolean[] values = new boolean[length(maxLength)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextBoolean();
        }
        return values;
    }

    @Override
    public byte consumeByte() {
        return (byte) random.nextInt();
    }

    @Override
    public byte consumeByte(byte min, byte max) {
        return (byte) consumeLong(min, max);
    }

    @Override
    public byte[] consumeBytes(int maxLength) {
        byte[] values = new byte[length(maxLength)];
        random.nextBytes(values);
        return values;
    }

    @Override
    public byte[] consumeRemainingAsBytes() {
        return consumeBytes(64);
    }

    @Override
    public short consumeShort() {
        return (short) random.nextInt();
    }

    @Override
    public short consumeShort(short min, short max) {
        return (short) consumeLong(min, max);
    }

    @Override
    public short[] consumeShorts(int maxLength) {
        short[] values = new short[length(maxLength)];
        for (int i = 0; i < values.length; i++) {
            values[i] = consumeShort();
        }
        return values;
    }

    @Override
    public int consumeInt() {
        return random.nextInt();
    }

    @Override
    public int consumeInt(int min, int max) {
        return (int) consumeLong(min, max);
    }

    @Override
    public int[] consumeInts(int maxLength) {
        int[] values = new int[length(maxLength)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt();
        }
        return values;
    }

    @Override
    public long consumeLong() {
        return random.nextLong();
    }

    @Override
    public long consumeLong(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        // the ends of a range are where bugs live, so they come up often
        int pick = random.nextInt(8);
        if (pick == 0) {
            return min;
        }
        if (pick == 1) {
            return max;
        }
        long span = max - min + 1;
        if (span <= 0) {
            long value;
            do {
                value = random.nextLong();
            } while (value < min || value > max);
            return value;
        }
        return min + Math.floorMod(random.nextLong(), span);
    }

    @Override
    public long[] consumeLongs(int maxLength) {
        long[] values = new long[length(maxLength)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextLong();
        }
        return values;
    }

    @Override
    public float consumeFloat() {
        return Float.intBitsToFloat(random.nextInt());
    }

    @Override
    public float consumeRegularFloat() {
        return random.nextFloat();
    }

    @Override
    public float consumeRegularFloat(float min, float max) {
        return min + random.nextFloat() * (max - min);
    }

    @Override
    public float consumeProbabilityFloat() {
        return random.nextFloat();
    }

    @Override
    public double consumeDouble() {
        return Double.longBitsToDouble(random.nextLong());
    }

    @Override
    public double consumeRegularDouble() {
        return random.nextDouble();
    }

    @Override
    public double consumeRegularDouble(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    @Override
    public double consumeProbabilityDouble() {
        return random.nextDouble();
    }

    @Override
    public char consumeChar() {
        return (char) random.nextInt(0x10000);
    }

    @Override
    public char consumeChar(char min, char max) {
        return (char) consumeLong(min, max);
    }

    @Override
    public char consumeCharNoSurrogates() {
        char c;
        do {
            c = consumeChar();
        } while (Character.isSurrogate(c));
        return c;
    }

    /** Returns valid UTF-16: any code point, surrogate pairs included, never a lone surrogate. */
    @Override
    public String consumeString(int maxLength) {
        int length = length(maxLength);
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 3) {
                s.append(TRICKY[random.nextInt(TRICKY.length)]);
            } else if (kind < 5) {
                s.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind < 7) {
                s.append((char) (0x4e00 + random.nextInt(0x5000)));
            } else if (kind < 8 && s.length() + 2 <= length) {
                s.appendCodePoint(0x10000 + random.nextInt(0x100000));
            } else {
                s.append(consumeCharNoSurrogates());
            }
        }
        return s.toString();
    }

    @Override
    public String consumeRemainingAsString() {
        return consumeString(64);
    }

    @Override
    public String consumeAsciiString(int maxLength) {
        int length = length(maxLength);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) random.nextInt(0x80));
        }
        return s.toString();
    }

    @Override
    public String consumeRemainingAsAsciiString() {
        return consumeAsciiString(64);
    }

    @Override
    public int remainingBytes() {
        return Integer.MAX_VALUE;
    }

    private int length(int maxLength) {
        // mostly short, now and then at the maximum
        if (maxLength <= 0) {
            return 0;
        }
        return random.nextInt(8) == 0 ? maxLength : random.nextInt(Math.min(maxLength, 16) + 1);
    }
}
