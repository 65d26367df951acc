package io.hibermongo.it.lob.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;

/** Element collections holding LOBs: a bag, an ordered list and a set of embeddables, and a list of basic LOBs. */
@Entity
public class Portfolio {

	@Id
	private Long id;

	@ElementCollection
	private List<Attachment> attachments = new ArrayList<>();

	@ElementCollection
	@OrderColumn
	private List<Attachment> pages = new ArrayList<>();

	@ElementCollection
	@Lob
	private List<byte[]> thumbnails = new ArrayList<>();

	@ElementCollection
	private Set<Attachment> drafts = new HashSet<>();

	public Portfolio() {
	}

	public Portfolio(Long id) {
		this.id = id;
	}

	public Long getId() { return id; }

	public List<Attachment> getAttachments() { return attachments; }

	public List<Attachment> getPages() { return pages; }

	public List<byte[]> getThumbnails() { return thumbnails; }

	public Set<Attachment> getDrafts() { return drafts; }
}
