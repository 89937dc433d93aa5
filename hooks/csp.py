"""MkDocs adapter: give every built page its Content-Security-Policy (guide/csp.py)."""

from guide.csp import with_policy


def on_post_page(output, page, config):
    return with_policy(output)


def on_post_template(output_content, template_name, config):
    return with_policy(output_content) if template_name.endswith(".html") else output_content
