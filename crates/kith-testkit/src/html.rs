//! Reading pages in tests without a browser: small, strict helpers over the HTML text.

/// The CSRF token a page's forms carry.
pub fn csrf_token(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).map(|i| i + marker.len()).expect("the page has a form with a CSRF token");
    html[start..].split('"').next().unwrap_or_default().to_owned()
}

/// The text of the first element with this tag (tags inside it removed, whitespace collapsed).
pub fn text_of(html: &str, tag: &str) -> Option<String> {
    let open = html.find(&format!("<{tag}"))?;
    let body_start = open + html[open..].find('>')? + 1;
    let end = body_start + html[body_start..].find(&format!("</{tag}>"))?;
    Some(strip_tags(&html[body_start..end]))
}

/// Every error message in the GOV.UK error summary, in order.
pub fn error_summary(html: &str) -> Vec<String> {
    let Some(start) = html.find("govuk-error-summary__list") else { return vec![] };
    let end = start + html[start..].find("</ul>").unwrap_or(0);
    html[start..end].split("<li>").skip(1).map(strip_tags).collect()
}

/// The `lang` and `dir` of the page.
pub fn lang_and_dir(html: &str) -> (String, String) {
    let attr = |name: &str| {
        let tag_end = html.find("<html").map(|i| i + html[i..].find('>').unwrap_or(0)).unwrap_or(0);
        let tag = &html[html.find("<html").unwrap_or(0)..tag_end];
        let key = format!("{name}=\"");
        tag.find(&key)
            .map(|i| tag[i + key.len()..].split('"').next().unwrap_or_default().to_owned())
            .unwrap_or_default()
    };
    (attr("lang"), attr("dir"))
}

pub fn strip_tags(fragment: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in fragment.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#x2f;", "/");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}
