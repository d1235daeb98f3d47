import Testing

// Placeholder so the target builds; the module's owner replaces this file with real tests.
