package com.quantmatrix.adapters.discord;

/** One name/value pair of an embed; inline fields sit side by side (up to three a row). */
public record EmbedField(String name, String value, boolean inline)
{
}
