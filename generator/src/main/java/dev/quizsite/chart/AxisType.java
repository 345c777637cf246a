package dev.quizsite.chart;

/** How values map to positions along an axis. */
public enum AxisType {
    LINEAR, LOG2
}
