//! Stable, review-friendly pretty JSON: objects one key per line in the
//! record's field order, arrays of scalars (spans, alternates) on one line.

use serde_json::Value;

/// Pretty-print `value` with two-space indentation.
pub(crate) fn to_string(value: &Value) -> String {
    let mut out = String::new();
    write(value, 0, &mut out);
    out
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

fn write(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push_str("{\n");
            for (i, (k, v)) in map.iter().enumerate() {
                push_indent(indent + 1, out);
                out.push_str(&Value::String(k.clone()).to_string());
                out.push_str(": ");
                write(v, indent + 1, out);
                if i + 1 < map.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            push_indent(indent, out);
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() && !items.iter().all(is_scalar) => {
            out.push_str("[\n");
            for (i, v) in items.iter().enumerate() {
                push_indent(indent + 1, out);
                write(v, indent + 1, out);
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            push_indent(indent, out);
            out.push(']');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(v, indent, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn push_indent(n: usize, out: &mut String) {
    for _ in 0..n {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn spans_inline_objects_expanded() {
        let v = serde_json::json!({"b": [1, 2], "a": [{"x": null}], "c": {}});
        assert_eq!(
            super::to_string(&v),
            "{\n  \"b\": [1, 2],\n  \"a\": [\n    {\n      \"x\": null\n    }\n  ],\n  \"c\": {}\n}"
        );
    }
}
