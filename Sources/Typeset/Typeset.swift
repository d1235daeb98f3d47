// The engine's façade: `import Typeset` gives fonts and shaping, layout, and PDF output.
@_exported import TypesetCore
@_exported import TypesetText
@_exported import TypesetLayout
@_exported import PDFRender
