package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** For the concurrency test: TABLE ids, allocationSize 1. */
@Entity(name = "TableStepOne")
public class TableStepOne {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "table_step_one")
	@TableGenerator(name = "table_step_one", table = "hibernate_sequences", pkColumnValue = "table_step_one", allocationSize = 1)
	private Long id;

	private int thread;

	public TableStepOne() {
	}

	public void setThread(int thread) {
		this.thread = thread;
	}
}
