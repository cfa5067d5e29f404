// What axe's verdict on a page depends on, without the texts themselves: every element with its tag, its
// attributes (id, class, role, style, aria-*, for, lang, type, tabindex, name, fragment links and the
// addresses of style sheets and scripts with their values; any other attribute by name and whether it is
// empty), whether it holds text of its own, its computed colours, font, display and visibility (a theme
// served anew under the same address changes these), and which of the style sheets' media queries match. Two pages with the same signature differ in their texts only: in what an error message
// or a table cell says, not in whether there is one. Returns null when the page has a frame (its
// content is not in this document) or a shadow root.
const VALUED = /^(id|class|role|style|for|lang|type|tabindex|name|scope|headers|open|hidden|disabled|readonly|required|multiple|checked|selected|autocomplete|dir|colspan|rowspan|aria-.*)$/;
const parts = [];
for (const el of document.querySelectorAll('*')) {
    if (el.tagName === 'IFRAME' || el.tagName === 'FRAME' || el.shadowRoot) {
        return null;
    }
    let s = el.tagName;
    for (const a of el.attributes) {
        if (VALUED.test(a.name) || (a.name === 'href' && (a.value.startsWith('#') || el.tagName === 'LINK'))
                || (a.name === 'src' && el.tagName === 'SCRIPT')) {
            s += ' ' + a.name + '=' + JSON.stringify(a.value);
        } else {
            s += ' ' + a.name + (a.value.trim() ? '+' : '-');
        }
    }
    for (const child of el.childNodes) {
        if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) {
            s += ' "text"';
            break;
        }
    }
    if (el.tagName === 'STYLE') {
        s += ' ' + JSON.stringify(el.textContent);
    }
    const style = getComputedStyle(el);
    s += ' {' + [style.color, style.backgroundColor, style.backgroundImage === 'none' ? '' : 'image', style.fontSize,
        style.fontWeight, style.display, style.visibility, style.opacity].join(';') + '}';
    parts.push(s);
}
const media = [];
for (const sheet of document.styleSheets) {
    let rules;
    try {
        rules = sheet.cssRules;
    } catch (crossOrigin) {
        return null;
    }
    const walk = list => {
        for (const rule of list) {
            if (rule instanceof CSSMediaRule) {
                const query = rule.media.mediaText;
                media.push(query + (window.matchMedia(query).matches ? ' yes' : ' no'));
            }
            if (rule.cssRules) {
                walk(rule.cssRules);
            }
        }
    };
    walk(rules || []);
    if (sheet.media && sheet.media.mediaText) {
        media.push(sheet.media.mediaText + (window.matchMedia(sheet.media.mediaText).matches ? ' yes' : ' no'));
    }
}
return (document.title.trim() ? 'title' : 'untitled') + '\n' + media.join('\n') + '\n' + parts.join('\n');
