package io.hibermongo.benchmarks;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The entity the benchmark stores. Its documents look like
 * {@code {_id: 7, name: "item-7", category: "category-7", price: 554.33, quantity: 7,
 * dimensions: {width: 8.0, height: 8.0}}}, which is what the hand-written driver code builds as well.
 */
@Entity
@Table(name = BenchItem.COLLECTION)
public class BenchItem {

    /** The collection (table) name, shared with the hand-written driver code. */
    public static final String COLLECTION = "bench_item";

    @Id
    private Long id;

    private String name;
    private String category;
    private double price;
    private int quantity;

    @Embedded
    private Dimensions dimensions;

    protected BenchItem() {
    }

    public BenchItem(Long id, String name, String category, double price, int quantity, Dimensions dimensions) {
        this.id = id;
        this.name = name;
        this.category = category;
        this.price = price;
        this.quantity = quantity;
        this.dimensions = dimensions;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public double getPrice() {
        return price;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public Dimensions getDimensions() {
        return dimensions;
    }
}
