package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CappedBufferTest {

    @Test
    void writesOfAnySize_comeBackInOrder_acrossChunks() throws IOException {
        Random random = new Random(42L);
        for (int round = 0; round < 50; round++) {
            byte[] data = new byte[random.nextInt(1_200_000)];
            random.nextBytes(data);
            CappedBuffer buffer = new CappedBuffer(Long.MAX_VALUE);
            int at = 0;
            while (at < data.length) {
                int n = Math.min(data.length - at, random.nextInt(20_000));
                if (n == 1) {
                    buffer.write(data[at]);
                } else {
                    buffer.write(data, at, n);
                }
                at += n;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            buffer.writeTo(out);

            assertThat(buffer.size()).isEqualTo(data.length);
            assertThat(out.toByteArray()).isEqualTo(data);
            assertThat(buffer.toByteArray()).isEqualTo(data);
        }
    }

    @Test
    void beyondItsCapacity_countsWithoutKeeping() {
        CappedBuffer buffer = new CappedBuffer(10);
        buffer.write(new byte[10], 0, 10);
        buffer.write(new byte[100_000], 0, 100_000);

        assertThat(buffer.size()).isEqualTo(100_010);
        assertThatThrownBy(() -> buffer.writeTo(new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void atItsCapacity_keepsEverything() throws IOException {
        CappedBuffer buffer = new CappedBuffer(3);
        buffer.write(new byte[] {1, 2, 3}, 0, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.writeTo(out);

        assertThat(out.toByteArray()).containsExactly(1, 2, 3);
    }
}
