package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** TABLE ids from segment {@code invoice} of {@code hibernate_sequences}, in blocks of 10. */
@Entity(name = "Invoice")
public class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "invoice_ids")
	@TableGenerator(name = "invoice_ids", table = "hibernate_sequences", pkColumnValue = "invoice", initialValue = 0, allocationSize = 10)
	private Long id;

	private String customer;

	protected Invoice() {
	}

	public Invoice(String customer) {
		this.customer = customer;
	}

	public Long getId() {
		return id;
	}

	public String getCustomer() {
		return customer;
	}
}
