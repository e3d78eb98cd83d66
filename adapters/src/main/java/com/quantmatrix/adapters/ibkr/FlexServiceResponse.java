package com.quantmatrix.adapters.ibkr;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A {@code <FlexStatementResponse>}: SendRequest's answer (Status Success with ReferenceCode and
 * Url) or an error from either step (Status Fail or Warn, with ErrorCode and ErrorMessage).
 */
record FlexServiceResponse(String status, String referenceCode, String url, int errorCode, String errorMessage)
{
    boolean isSuccess()
    {
        return "Success".equalsIgnoreCase(status) && referenceCode != null;
    }

    FlexServiceException toException()
    {
        return new FlexServiceException(errorCode, errorMessage == null ? "status " + status : errorMessage);
    }

    static FlexServiceResponse parse(final String xml)
    {
        final XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try
        {
            final XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT)
            {
                // prolog
            }
            if (!r.isStartElement() || !"FlexStatementResponse".equals(r.getLocalName()))
            {
                throw new FlexFormatException("not a FlexStatementResponse");
            }
            return read(r);
        }
        catch (final XMLStreamException ex)
        {
            throw new FlexFormatException("malformed FlexStatementResponse");
        }
    }

    /** Reads the children of a FlexStatementResponse the reader is positioned on. */
    static FlexServiceResponse read(final XMLStreamReader r) throws XMLStreamException
    {
        String status = null;
        String reference = null;
        String url = null;
        int code = 0;
        String message = null;
        while (r.hasNext())
        {
            final int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "FlexStatementResponse".equals(r.getLocalName()))
            {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT)
            {
                continue;
            }
            final String name = r.getLocalName();
            final String text = r.getElementText().trim();
            switch (name)
            {
                case "Status": status = text; break;
                case "ReferenceCode": reference = text; break;
                case "Url": url = text; break;
                case "ErrorCode":
                    try
                    {
                        code = Integer.parseInt(text);
                    }
                    catch (final NumberFormatException ex)
                    {
                        code = -1;
                    }
                    break;
                case "ErrorMessage": message = text; break;
                default: break;
            }
        }
        return new FlexServiceResponse(status, reference, url, code, message);
    }
}
