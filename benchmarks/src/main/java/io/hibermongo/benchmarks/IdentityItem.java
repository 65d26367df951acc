package io.hibermongo.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import jakarta.persistence.Table;

/** An item whose id is assigned by the insert (IDENTITY). Its documents look like the driver side's: {@code {_id, name, category, price, quantity}}. */
@Entity
@Table(name = IdentityItem.COLLECTION)
public class IdentityItem {

    /** The collection (table) name, shared with the hand-written driver code. */
    public static final String COLLECTION = "identity_item";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String category;
    private double price;
    private int quantity;

    protected IdentityItem() {
    }

    IdentityItem(String name, String category, double price, int quantity) {
        this.name = name;
        this.category = category;
        this.price = price;
        this.quantity = quantity;
    }
}
