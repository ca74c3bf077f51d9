def message():
    return "from extramod via .pth"
