package org.node4j.binding;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** UTS #46 with the URL Standard's options; expected values are node v20's url.domainToASCII/domainToUnicode. */
class UrlBindingTest {
    @Test
    void mapsAndPunycodesUnicodeDomains() {
        assertEquals("xn--espaol-zwa.com", UrlBinding.toAscii("español.com"));
        assertEquals("example.com", UrlBinding.toAscii("ＥＸＡＭＰＬＥ.com"));
        assertEquals("xn--fa-hia.de", UrlBinding.toAscii("faß.de"));
        assertEquals("xn--wgv71a.jp.", UrlBinding.toAscii("日本.jp."));
    }

    @Test
    void hyphenAndLengthRulesAreOff() {
        assertEquals("-foo-.com", UrlBinding.toAscii("-foo-.com"));
        assertEquals("a..b", UrlBinding.toAscii("a..b"));
        assertEquals("", UrlBinding.toAscii(""));
    }

    @Test
    void invalidDomainsAnswerEmpty() {
        assertEquals("", UrlBinding.toAscii("xn--iñvalid.com"));
        assertEquals("", UrlBinding.toAscii("a\u200db.com"));
        assertEquals("", UrlBinding.toAscii("xn--a.com"));
        assertEquals("", UrlBinding.toUnicode("xn--a.com"));
    }

    @Test
    void decodesPunycodeToUnicode() {
        assertEquals("español.com", UrlBinding.toUnicode("xn--espaol-zwa.com"));
        assertEquals("faß.de", UrlBinding.toUnicode("faß.de"));
    }
}
