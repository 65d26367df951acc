package io.hibermongo.it.differential.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An embeddable element: an order line, with a nested pack. */
@Embeddable
public class Line {

	private String sku;
	private Integer qty;
	@Embedded
	private Pack pack;

	protected Line() {
	}

	public Line(String sku, Integer qty, Pack pack) {
		this.sku = sku;
		this.qty = qty;
		this.pack = pack;
	}

	public void setQty(Integer qty) {
		this.qty = qty;
	}
}
