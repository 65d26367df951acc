package io.hibermongo.it.safety.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A row holding whatever text a user typed; its collection is {@value #COLLECTION}. */
@Entity
public class Message {

	/** The collection (the table name) the dialect stores messages in. */
	public static final String COLLECTION = "Message";

	@Id
	private Long id;

	private String text;

	private Integer priority;

	protected Message() {
	}

	public Message(Long id, String text, Integer priority) {
		this.id = id;
		this.text = text;
		this.priority = priority;
	}

	public String getText() {
		return text;
	}
}
