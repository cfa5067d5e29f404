// What a user sees and axe leaves for review, measured on the page the browser shows. Returns
// {check: [detail, ...]} for the checks that found something: the HTTP status of the page, sideways
// scrolling, text contrast of links and buttons (computed colours, the background found by walking up
// the ancestors), buttons the theme did not style, and (when logged in) the logout control; with the
// links on the page and its shape (its structure without texts).
// arguments[0]: whether the page is shown to a logged-in user.
const loggedIn = arguments[0];
const MIN_CONTRAST = 4.5;
const found = {};
const report = (check, detail) => (found[check] = found[check] || []).push(detail);

function describe(el) {
    let name = el.tagName.toLowerCase();
    if (el.id) {
        name += '#' + el.id;
    } else if (typeof el.className === 'string' && el.className.trim()) {
        name += '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.');
    }
    const text = (el.innerText || el.value || '').trim().replace(/\s+/g, ' ');
    return text ? name + ' "' + text.substring(0, 40) + '"' : name;
}

// "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)" or "rgb(1 2 3 / 0.5)"; null for what this cannot read
function parse(colour) {
    const m = /^rgba?\(([^)]*)\)$/.exec(colour.trim());
    if (!m) {
        return null;
    }
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(v => v.endsWith('%') ? parseFloat(v) / 100 : Number(v));
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
}

function over(top, bottom) {
    const a = top.a;
    return {r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1};
}

// the colour behind el: its own background and its ancestors', blended; null behind an image
function background(el) {
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
        const style = getComputedStyle(e);
        const colour = parse(style.backgroundColor);
        if (colour && colour.a > 0) {
            layers.push(colour);
            if (colour.a >= 1) {
                break;
            }
        }
        if (style.backgroundImage !== 'none') {
            return null;
        }
    }
    return layers.reduceRight((below, layer) => over(layer, below), {r: 255, g: 255, b: 255, a: 1});
}

function luminance(c) {
    const channel = v => {
        v /= 255;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

function contrast(fg, bg) {
    const l1 = luminance(fg), l2 = luminance(bg);
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

// shown to a sighted user: rendered, not hidden, not clipped to a pixel, not moved off-screen
function shown(el) {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || el.getClientRects().length === 0) {
        return false;
    }
    const rect = el.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1 && rect.right > 0 && rect.bottom + window.scrollY > 0;
}

function label(el) {
    return ((el.tagName === 'INPUT' ? el.value : el.innerText) || '').trim();
}

// the text's contrast against what is behind it; null when it cannot be computed (image behind)
function textContrast(el) {
    const textEl = el.querySelector('.ui-button-text') || el;
    const bg = background(textEl);
    const fg = parse(getComputedStyle(textEl).color);
    return bg && fg ? {ratio: contrast(over(fg, bg), bg), fg: getComputedStyle(textEl).color, bg: bg} : null;
}

function checkContrast(check, el) {
    const c = textContrast(el);
    if (c && c.ratio < MIN_CONTRAST) {
        report(check, describe(el) + ' ' + c.ratio.toFixed(2) + ':1 (' + c.fg + ' on rgb(' + Math.round(c.bg.r)
            + ', ' + Math.round(c.bg.g) + ', ' + Math.round(c.bg.b) + '))');
    }
}

// the page itself
const navigation = performance.getEntriesByType('navigation')[0];
if (navigation && navigation.responseStatus >= 400) {
    report('HTTP error', 'status ' + navigation.responseStatus);
}

// sideways scrolling, naming the outermost elements and the texts that stick out
const root = document.documentElement;
if (root.scrollWidth > window.innerWidth) {
    const limit = window.innerWidth + 1;
    const wide = new Set(Array.from(document.body.querySelectorAll('*')).filter(e => {
        return e.getBoundingClientRect().right > limit && getComputedStyle(e).position !== 'fixed';
    }));
    const culprits = Array.from(wide).filter(e => !wide.has(e.parentElement)).slice(0, 3).map(describe);
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let t = texts.nextNode(); t && culprits.length < 5; t = texts.nextNode()) {
        range.selectNodeContents(t);
        if (t.textContent.trim() && range.getBoundingClientRect().right > limit && !wide.has(t.parentElement)
            && shown(t.parentElement)) {
            culprits.push('text in ' + describe(t.parentElement));
        }
    }
    report('horizontal overflow', 'scrollWidth ' + root.scrollWidth + ' > innerWidth ' + window.innerWidth
        + ': ' + culprits.join('; '));
}

// links
for (const a of document.querySelectorAll('a[href]')) {
    if (shown(a) && label(a) && !a.matches('.button, .ui-button, [role=button]')) {
        checkContrast('link contrast', a);
    }
}

// buttons: styled by the theme (not the browser's default, and a shape that stands out from the page:
// a fill or a border of 3:1 against what is behind, unlike the text field look a stray input rule gives),
// readable
const UA_GREY = ['rgb(239, 239, 239)', 'rgb(240, 240, 240)', 'rgb(221, 221, 221)'];
const BUTTONS = 'button, input[type=submit], input[type=button], input[type=reset], a.button, .ui-button, [role=button]';
for (const b of document.querySelectorAll(BUTTONS)) {
    if (!shown(b)) {
        continue;
    }
    const style = getComputedStyle(b);
    const behind = background(b.parentElement);
    if (UA_GREY.includes(style.backgroundColor) || style.borderTopStyle === 'outset') {
        report('button not styled by the theme', describe(b) + ' has the browser\'s default look ('
            + style.backgroundColor + ', border ' + style.borderTopStyle + ')');
    } else if (behind && label(b) && style.backgroundImage === 'none' && b.id !== 'logout:submit') {
        // (the logout control may look like a link: it has a check of its own)
        const fillColour = parse(style.backgroundColor);
        const fill = fillColour ? over(fillColour, behind) : behind;
        const borderColour = parse(style.borderTopColor);
        const bordered = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && borderColour;
        const fillRatio = contrast(fill, behind);
        const borderRatio = bordered ? contrast(over(borderColour, behind), behind) : 1;
        if (fillRatio < 3 && borderRatio < 3) {
            report('button not styled by the theme', describe(b) + ' stands out from the page by neither fill ('
                + fillRatio.toFixed(2) + ':1) nor border (' + borderRatio.toFixed(2) + ':1): '
                + style.color + ' on ' + style.backgroundColor + ', border ' + style.borderTopWidth + ' '
                + style.borderTopColor);
        }
    }
    if (label(b) && b.id !== 'logout:submit') { // the logout control has a check of its own
        checkContrast('button contrast', b);
    }
}

// the way out
if (loggedIn) {
    const logout = document.getElementById('logout:submit');
    if (!logout || !shown(logout)) {
        report('logout not visible', logout ? 'logout:submit is hidden' : 'no logout control on the page');
    } else {
        const rect = logout.getBoundingClientRect();
        if (rect.left < 0 || rect.right > window.innerWidth) {
            report('logout not visible', 'logout:submit lies outside the viewport (' + Math.round(rect.left)
                + '..' + Math.round(rect.right) + ' of ' + window.innerWidth + ')');
        }
        const c = textContrast(logout);
        if (c && c.ratio < MIN_CONTRAST) {
            report('logout not visible', 'contrast ' + c.ratio.toFixed(2) + ':1 (' + c.fg + ' on rgb('
                + Math.round(c.bg.r) + ', ' + Math.round(c.bg.g) + ', ' + Math.round(c.bg.b) + '))');
        }
    }
}

// the links to follow, as the browser resolves them
const links = Array.from(document.querySelectorAll('a[href]'))
    .filter(a => !a.hasAttribute('download'))
    .map(a => a.href);
// the page's structure without its texts: pages alike in it are alike to axe
const shape = Array.from(document.body.querySelectorAll('[id], form, input, select, textarea, button, table, iframe, h1, h2, h3'))
    .map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.type ? ':' + e.type : '')).join(' ');
return {found: found, links: links, shape: shape};
