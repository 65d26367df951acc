package io.hibermongo.benchmarks;

import jakarta.persistence.Embeddable;

/** The size of a {@link BenchItem}, stored as the nested {@code dimensions} document. */
@Embeddable
public class Dimensions {

    private double width;
    private double height;

    protected Dimensions() {
    }

    public Dimensions(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double getWidth() {
        return width;
    }

    public double getHeight() {
        return height;
    }
}
