package io.hibermongo.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An item whose id comes from a sequence in blocks of 50. Its documents look like the driver side's: {@code {_id, name, category, price, quantity}}. */
@Entity
@Table(name = SequencedItem.COLLECTION)
public class SequencedItem {

    /** The collection (table) name, shared with the hand-written driver code. */
    public static final String COLLECTION = "sequenced_item";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
    @SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 50)
    private Long id;

    private String name;
    private String category;
    private double price;
    private int quantity;

    protected SequencedItem() {
    }

    SequencedItem(String name, String category, double price, int quantity) {
        this.name = name;
        this.category = category;
        this.price = price;
        this.quantity = quantity;
    }
}
