package io.hibermongo.it.schema.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OrderColumn;

/** An entity whose element collections carry indexes, for the multikey indexes and array validators. */
@Entity
public class Shelf {

	@Id
	private Long id;

	private String name;

	@ElementCollection
	@CollectionTable(name = "Shelf_tags", indexes = @Index(name = "idx_shelf_tag", columnList = "tag"))
	@Column(name = "tag", nullable = false)
	private Set<String> tags = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "Shelf_items", indexes = @Index(name = "idx_item_sku_qty", columnList = "sku, qty desc"))
	private List<Item> items = new ArrayList<>();

	@ElementCollection
	@OrderColumn
	private List<String> notes = new ArrayList<>();

	@ElementCollection
	private Map<String, Integer> counts = new HashMap<>();

	protected Shelf() {
	}

	public Shelf(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Set<String> getTags() {
		return tags;
	}

	public List<Item> getItems() {
		return items;
	}

	/** One item on a shelf: an element of an embeddable element collection. */
	@Embeddable
	public static class Item {

		@Column(nullable = false, length = 20)
		private String sku;

		private Integer qty;

		protected Item() {
		}

		public Item(String sku, Integer qty) {
			this.sku = sku;
			this.qty = qty;
		}
	}
}
