package com.quantmatrix.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.quantmatrix.engine.config.Config;
import org.junit.jupiter.api.Test;

/**
 * The incremental indicators against published worked examples: StockCharts ChartSchool's spreadsheets
 * (chartschool.stockcharts.com, "Average True Range (ATR)" cs-atr.xls, "Relative Strength Index (RSI)"
 * cs-rsi.xls, "Bollinger Bands" cs-bbands.xls, "Moving Averages - Simple and Exponential"). The input rows
 * and the expected columns are the published numbers. Seeding there is the one IndicatorState documents:
 * first ATR = mean of the first 14 true ranges (the first TR = high - low), first RSI averages = means of the
 * first 14 gains and losses, first EMA = SMA of the first 10 closes, Bollinger with the population deviation.
 * Tolerances are half a unit of the published rounding.
 */
class PublishedIndicatorExamplesTest
{
    // cs-atr.xls: QQQQ, 2010-04-01 .. 2010-05-13
    static final int[] ATR_DATES = {
        20100401, 20100405, 20100406, 20100407, 20100408, 20100409, 20100412, 20100413, 20100414, 20100415,
        20100416, 20100419, 20100420, 20100421, 20100422, 20100423, 20100426, 20100427, 20100428, 20100429,
        20100430, 20100503, 20100504, 20100505, 20100506, 20100507, 20100510, 20100511, 20100512, 20100513};
    static final double[] ATR_HIGH = {
        48.70, 48.72, 48.90, 48.87, 48.82, 49.05, 49.20, 49.35, 49.92, 50.19, 50.12, 49.66, 49.88, 50.19, 50.36,
        50.57, 50.65, 50.43, 49.63, 50.33, 50.29, 50.17, 49.32, 48.50, 48.3201, 46.80, 47.80, 48.39, 48.66, 48.79};
    static final double[] ATR_LOW = {
        47.79, 48.14, 48.39, 48.37, 48.24, 48.635, 48.94, 48.86, 49.50, 49.87, 49.20, 48.90, 49.43, 49.725, 49.26,
        50.09, 50.30, 49.21, 48.98, 49.61, 49.20, 49.43, 48.08, 47.64, 41.55, 44.2833, 47.31, 47.20, 47.90, 47.7301};
    static final double[] ATR_CLOSE = {
        48.16, 48.61, 48.75, 48.63, 48.74, 49.03, 49.07, 49.32, 49.91, 50.13, 49.53, 49.50, 49.75, 50.03, 50.31,
        50.52, 50.41, 49.34, 49.37, 50.23, 49.2375, 49.93, 48.43, 48.18, 46.57, 45.41, 47.77, 47.72, 48.62, 47.85};
    static final double[] PUBLISHED_TR = {
        0.91, 0.58, 0.51, 0.50, 0.58, 0.415, 0.26, 0.49, 0.60, 0.32, 0.93, 0.76, 0.45, 0.465, 1.10, 0.48, 0.35,
        1.22, 0.65, 0.96, 1.09, 0.9325, 1.85, 0.86, 6.7701, 2.5167, 2.39, 1.19, 0.94, 1.0599};
    /** ATR(14) column from the 14th row on, 6 decimals. */
    static final double[] PUBLISHED_ATR = {
        0.555, 0.593929, 0.585791, 0.568949, 0.615452, 0.61792, 0.642354, 0.674329, 0.69277, 0.775429, 0.78147,
        1.209229, 1.30262, 1.38029, 1.366698, 1.336219, 1.316482};

    // cs-rsi.xls: QQQQ closes; RSI(14) from the 15th close, 4 decimals
    static final double[] RSI_CLOSE = {
        44.3389, 44.0902, 44.1497, 43.6124, 44.3278, 44.8264, 45.0955, 45.4245, 45.8433, 46.0826, 45.8931, 46.0328,
        45.6140, 46.2820, 46.2820, 46.0028, 46.0328, 46.4116, 46.2222, 45.6439, 46.2122, 46.2521, 45.7137, 46.4515,
        45.7835, 45.3548, 44.0288, 44.1783, 44.2181, 44.5672, 43.4205, 42.6628, 43.1314};
    static final double[] PUBLISHED_RSI = {
        70.5328, 66.3186, 66.5498, 69.4063, 66.3552, 57.9749, 62.9296, 63.2571, 56.0593, 62.3771, 54.7076, 50.4228,
        39.9898, 41.4605, 41.8689, 45.4632, 37.3040, 33.0795, 37.7730};

    // cs-bbands.xls: SPY closes; Bollinger (20, 2) from the 20th close, 6 decimals
    static final double[] BB_CLOSE = {
        86.1557, 89.0867, 88.7829, 90.3228, 89.0671, 91.1453, 89.4397, 89.1750, 86.9302, 87.6752, 86.9596, 89.4299,
        89.3221, 88.7241, 87.4497, 87.2634, 89.4985, 87.9006, 89.1260, 90.7043, 92.9001, 92.9784, 91.8021, 92.6647,
        92.6843, 92.3021, 92.7725, 92.5373, 92.9490, 93.2039, 91.0669, 89.8318, 89.7435, 90.3994, 90.7387, 88.0177,
        88.0867, 88.8439, 90.7781, 90.5416, 91.3894, 90.6500};
    static final double[] PUBLISHED_BB_MIDDLE = {
        88.70794, 89.04516, 89.239745, 89.390705, 89.5078, 89.68866, 89.7465, 89.91314, 90.081255, 90.382195, 90.65863,
        90.863995, 90.88409, 90.90516, 90.988925, 91.153375, 91.19109, 91.1205, 91.167665, 91.25027, 91.242135,
        91.1666, 91.05018};
    static final double[] PUBLISHED_BB_UPPER = {
        91.291862, 91.949268, 92.612595, 92.9342, 93.31195, 93.72845, 93.899592, 94.266255, 94.565096, 94.786912,
        95.043001, 94.907605, 94.902912, 94.89532, 94.861013, 94.673629, 94.556593, 94.678752, 94.575786, 94.534271,
        94.532306, 94.369251, 94.148503};
    static final double[] PUBLISHED_BB_LOWER = {
        86.124018, 86.141052, 85.866895, 85.84721, 85.70365, 85.64887, 85.593408, 85.560025, 85.597414, 85.977478,
        86.274259, 86.820385, 86.865268, 86.915, 87.116837, 87.633121, 87.825587, 87.562248, 87.759544, 87.966269,
        87.951964, 87.963949, 87.951857};

    // "Moving Averages - Simple and Exponential": 10-day SMA and EMA from the 10th close, 2 decimals
    static final double[] MA_CLOSE = {
        22.27, 22.19, 22.08, 22.17, 22.18, 22.13, 22.23, 22.43, 22.24, 22.29, 22.15, 22.39, 22.38, 22.61, 23.36,
        24.05, 23.75, 23.83, 23.95, 23.63, 23.82, 23.87, 23.65, 23.19, 23.10, 23.33, 22.68, 23.10, 22.40, 22.17};
    static final double[] PUBLISHED_SMA10 = {
        22.22, 22.21, 22.23, 22.26, 22.30, 22.42, 22.61, 22.77, 22.91, 23.08, 23.21, 23.38, 23.52, 23.65, 23.71,
        23.68, 23.61, 23.51, 23.43, 23.28, 23.13};
    static final double[] PUBLISHED_EMA10 = {
        22.22, 22.21, 22.24, 22.27, 22.33, 22.52, 22.80, 22.97, 23.13, 23.28, 23.34, 23.43, 23.51, 23.53, 23.47,
        23.40, 23.39, 23.26, 23.23, 23.08, 22.92};

    private static final double HALF_CENT = 0.005 + 1e-9;

    @Test
    void trueRangeAndWilderAtrMatchStockChartsTable()
    {
        final IndicatorState s = new IndicatorState(1, MarketSettings.defaults());
        for (int i = 0; i < ATR_CLOSE.length; i++)
        {
            s.update(0, ATR_DATES[i], ATR_CLOSE[i], ATR_HIGH[i], ATR_LOW[i], ATR_CLOSE[i], 1);
            assertThat(s.trueRange(0)).as("TR row %d", i).isCloseTo(PUBLISHED_TR[i], within(1e-9));
            if (i < 13)
            {
                assertThat(s.atr(0)).as("ATR warming at row %d", i).isNaN();
            }
            else
            {
                assertThat(s.atr(0)).as("ATR row %d", i).isCloseTo(PUBLISHED_ATR[i - 13], within(5e-7));
            }
        }
        // the first ATR is exactly the mean of the first 14 true ranges
        assertThat(s.lastDate(0)).isEqualTo(20100513);
    }

    @Test
    void wilderRsiMatchesStockChartsTable()
    {
        final IndicatorState s = new IndicatorState(1, MarketSettings.defaults());
        for (int i = 0; i < RSI_CLOSE.length; i++)
        {
            s.update(0, 20_000_101 + i, RSI_CLOSE[i], RSI_CLOSE[i], RSI_CLOSE[i], RSI_CLOSE[i], 1);
            if (i < 14)
            {
                assertThat(s.rsi(0)).as("RSI warming at row %d", i).isNaN();
            }
            else
            {
                assertThat(s.rsi(0)).as("RSI row %d", i).isCloseTo(PUBLISHED_RSI[i - 14], within(5e-5));
            }
        }
    }

    @Test
    void bollingerBandsUseThePopulationDeviationLikeStockCharts()
    {
        final IndicatorState s = new IndicatorState(1, MarketSettings.defaults());
        for (int i = 0; i < BB_CLOSE.length; i++)
        {
            s.update(0, 20_000_101 + i, BB_CLOSE[i], BB_CLOSE[i], BB_CLOSE[i], BB_CLOSE[i], 1);
            if (i < 19)
            {
                assertThat(s.bollingerMiddle(0)).isNaN();
                assertThat(s.bollingerUpper(0)).isNaN();
            }
            else
            {
                assertThat(s.bollingerMiddle(0)).as("middle row %d", i).isCloseTo(PUBLISHED_BB_MIDDLE[i - 19], within(5e-7));
                assertThat(s.bollingerUpper(0)).as("upper row %d", i).isCloseTo(PUBLISHED_BB_UPPER[i - 19], within(5e-6));
                assertThat(s.bollingerLower(0)).as("lower row %d", i).isCloseTo(PUBLISHED_BB_LOWER[i - 19], within(5e-6));
            }
        }
    }

    @Test
    void smaAndSmaSeededEmaMatchStockChartsTable()
    {
        final MarketSettings ten = MarketSettings.from(Config.empty()
            .with(MarketSettings.SMA_PERIODS, "10").with(MarketSettings.EMA_PERIODS, "10"));
        final IndicatorState s = new IndicatorState(1, ten);
        for (int i = 0; i < MA_CLOSE.length; i++)
        {
            s.update(0, 20_000_101 + i, MA_CLOSE[i], MA_CLOSE[i], MA_CLOSE[i], MA_CLOSE[i], 1);
            if (i < 9)
            {
                assertThat(s.sma(0, 0)).isNaN();
                assertThat(s.ema(0, 0)).isNaN();
            }
            else
            {
                assertThat(s.sma(0, 0)).as("SMA row %d", i).isCloseTo(PUBLISHED_SMA10[i - 9], within(HALF_CENT));
                assertThat(s.ema(0, 0)).as("EMA row %d", i).isCloseTo(PUBLISHED_EMA10[i - 9], within(HALF_CENT));
            }
        }
        // the seed is the plain mean of the first ten closes
        double first = 0.0;
        for (int i = 0; i < 10; i++)
        {
            first += MA_CLOSE[i];
        }
        final IndicatorState seedOnly = new IndicatorState(1, ten);
        for (int i = 0; i < 10; i++)
        {
            seedOnly.update(0, 20_000_101 + i, MA_CLOSE[i], MA_CLOSE[i], MA_CLOSE[i], MA_CLOSE[i], 1);
        }
        assertThat(seedOnly.ema(0, 0)).isCloseTo(first / 10, within(1e-12));
    }
}
