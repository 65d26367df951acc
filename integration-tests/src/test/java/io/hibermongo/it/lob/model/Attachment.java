package io.hibermongo.it.lob.model;

import java.sql.Blob;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/** An element of a {@link Portfolio}'s collections: each LOB is a GridFS file the element references. */
@Embeddable
public class Attachment {

	private String name;

	@Lob
	private byte[] data;

	@Lob
	private String note;

	@Lob
	private Blob blob;

	public Attachment() {
	}

	public Attachment(String name, byte[] data, String note, Blob blob) {
		this.name = name;
		this.data = data;
		this.note = note;
		this.blob = blob;
	}

	public String getName() { return name; }

	public byte[] getData() { return data; }

	public String getNote() { return note; }

	public Blob getBlob() { return blob; }

	public void setData(byte[] data) { this.data = data; }
}
