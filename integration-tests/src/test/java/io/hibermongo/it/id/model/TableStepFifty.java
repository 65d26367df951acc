package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** For the concurrency test: TABLE ids, allocationSize 50. */
@Entity(name = "TableStepFifty")
public class TableStepFifty {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "table_step_fifty")
	@TableGenerator(name = "table_step_fifty", table = "hibernate_sequences", pkColumnValue = "table_step_fifty", allocationSize = 50)
	private Long id;

	private int thread;

	public TableStepFifty() {
	}

	public void setThread(int thread) {
		this.thread = thread;
	}
}
