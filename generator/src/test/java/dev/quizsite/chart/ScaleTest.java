package dev.quizsite.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void log2PutsEveryDoublingAtTheSameDistance() {
        Scale x = Scale.log2(128, 65536, 0, 900);
        assertThat(x.min()).isEqualTo(128);
        assertThat(x.max()).isEqualTo(65536);
        assertThat(x.ticks()).hasSize(10).startsWith(128.0, 256.0).endsWith(65536.0);
        assertThat(x.map(128)).isEqualTo(0);
        assertThat(x.map(256)).isCloseTo(100, within(1e-9));
        assertThat(x.map(8192)).isCloseTo(600, within(1e-9));
        assertThat(x.map(65536)).isCloseTo(900, within(1e-9));
    }

    @Test
    void log2WidensToThePowersOfTwoAround() {
        Scale x = Scale.log2(100, 5000, 0, 1);
        assertThat(x.min()).isEqualTo(64);
        assertThat(x.max()).isEqualTo(8192);
    }

    @Test
    void linearTicksAreNiceAndCoverTheData() {
        Scale y = Scale.linear(23.36, 34.76, 300, 0, 6);
        assertThat(y.ticks()).containsExactly(22.0, 24.0, 26.0, 28.0, 30.0, 32.0, 34.0, 36.0);
        assertThat(y.map(22)).isEqualTo(300);
        assertThat(y.map(36)).isEqualTo(0);
    }

    @Test
    void smallStepsPrintWithoutBinaryNoise() {
        Scale y = Scale.linear(0, 0.7, 0, 1, 7);
        assertThat(y.ticks()).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7);
        assertThat(y.ticks().stream().map(Num::value).toList())
                .isEqualTo(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"));
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Scale.niceStep(1.9)).isEqualTo(2);
        assertThat(Scale.niceStep(3)).isEqualTo(5);
        assertThat(Scale.niceStep(0.07)).isEqualTo(0.1);
        assertThat(Scale.niceStep(20)).isEqualTo(20);
        assertThat(Scale.niceStep(60)).isEqualTo(100);
    }

    @Test
    void aSingleValueStillGetsAnAxis() {
        Scale y = Scale.linear(5, 5, 0, 1, 5);
        assertThat(y.max()).isGreaterThan(y.min());
    }

    @Test
    void batchSizeTicksUseK() {
        assertThat(Num.tick(8192, AxisType.LOG2)).isEqualTo("8k");
        assertThat(Num.tick(512, AxisType.LOG2)).isEqualTo("512");
        assertThat(Num.px(-0.01)).isEqualTo("0");
        assertThat(Num.px(12.25)).isEqualTo("12.3");
    }
}
