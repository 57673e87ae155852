/// The rules of one feed format, called as the document streams past.
protocol FeedRules {
    /// An element started; `ancestors` are the open elements, root first. For placement
    /// checks that depend on order (metadata after entries, items outside the channel).
    mutating func started(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext)
    /// An element ended, with all its children (except dropped items).
    mutating func ended(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext)
    /// Whether `node` is an item or entry, dropped from its parent once checked.
    func isCollectionMember(_ node: ElementNode) -> Bool
}

extension FeedRules {
    mutating func started(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext) {}
}
